"""The ``xborder`` command line: a thin click layer over :class:`xborder.Toolkit`."""
