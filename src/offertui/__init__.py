"""offertui: the offer stage of a job search in Japan, in a terminal."""

__version__ = "0.1.0"
