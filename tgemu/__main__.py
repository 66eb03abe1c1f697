"""`python -m tgemu --port 8081`: the emulator alone."""

from tgemu.server import main

main()
