"""Making the documents: the export dialog and the worker thread that renders them."""
