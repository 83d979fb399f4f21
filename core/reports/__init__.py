"""The documents a clerk prints: notula rapat, daftar hadir, press-release draft.

Two layers, so what a document *says* can be tested without Word:

- ``content`` and ``press_content`` turn a :class:`~core.model.Meeting` and the
  office settings into plain dataclasses whose strings are final Indonesian text;
- ``minutes``, ``attendance`` and ``press`` lay that data out with python-docx
  on a base template (``docx_base``) that defines every style they use.

``render`` ties them together for the command line and the GUI; ``pdf`` drives
LibreOffice. Nothing here imports python-docx at module level: the GUI imports
this package at start-up and only pays for python-docx when a document is made.
"""
