"""Sagicc Desktop: a desktop agent workspace for omnichannel customer-service tickets."""

__version__ = "0.1.0"
