"""Small core every part uses: configuration, the clock, structured logs, metrics, and the
services handed to every handler."""
