"""HTTP routes: one APIRouter per module, included by `bot.web.app.create_app`."""
