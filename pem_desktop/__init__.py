"""PEM Desktop: run Platform Engineering Maturity workshops on a laptop and a projector."""

__version__ = "0.1.0"
APP_NAME = "PEM Desktop"
APP_ID = "io.github.pemdesktop.PEMDesktop"
