"""The progress report document: its view model (document), Markdown and HTML writers."""
