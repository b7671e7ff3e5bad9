"""Storage: the database engine, SQLModel tables (migrated by Alembic only) and the stores that read and write them."""
