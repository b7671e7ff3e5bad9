"""HTTP routes: one APIRouter per module, included by `bot.app.create_app`."""
