"""Every table: importing this package registers them all on `SQLModel.metadata` (Alembic's target).

Add one import line per area module below.
"""

from sqlmodel import SQLModel

# Named constraints, so batch migrations on SQLite can drop and re-create them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

from bot.storage.models import (  # noqa: E402  (after the naming convention the tables use)
    actions,  # noqa: E402,F401  (registers tables)
    analysis,  # noqa: E402,F401  (registers tables)
    audit,  # noqa: E402,F401  (registers tables)
    compat,  # noqa: E402,F401  (registers tables)
    generation,  # noqa: E402,F401  (registers tables)
    github,  # noqa: E402,F401  (registers tables)
    pypi,  # noqa: E402,F401  (registers tables)
    risk,  # noqa: E402,F401  (registers tables)
)

metadata = SQLModel.metadata
