"""The web app: GitHub webhooks, `/status` and its read layer."""
