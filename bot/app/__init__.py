"""The composition root: the application and its handler table, the runner (polling or webhook),
the web server, and the sandbox and report commands. Only this package knows how the parts are
put together, and nothing outside it (but `bot/__main__.py`) imports it."""
