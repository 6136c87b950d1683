"""The five parts of the Prep screen, one widget each."""
