"""The built site: where a page's HTML lands, parsing it, its first-load weight, the MkDocs build
itself, lychee over it, and a local server for browsers."""
