"""The workshop file: SQLAlchemy ORM, Alembic migrations, open/create/backup. No Qt.

The only package that commits transactions.
"""
