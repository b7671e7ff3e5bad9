#!/bin/sh
# The image's entrypoint. Fly.io (like most hosts) mounts a volume owned by root over the data directory, where the
# non-root service user cannot write: started as root, hand the directory (and anything in it not already the
# user's) to that user, then run the command as the user, never as root. Started as any other user, run it as is.
set -eu
uid="${RUN_AS_UID:-10001}"
gid="${RUN_AS_GID:-10001}"
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$DATA_DIR"
    find "$DATA_DIR" \( ! -user "$uid" -o ! -group "$gid" \) -exec chown -h "$uid:$gid" {} +
    exec setpriv --reuid="$uid" --regid="$gid" --clear-groups --no-new-privs -- "$@"
fi
exec "$@"
