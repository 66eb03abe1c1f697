"""The composition root: the application and its handler table, the runner (polling or webhook),
the web server, services, metrics, the flood gate for incoming updates, the sandbox and report
commands. Only this package knows how the parts are put together."""
