"""Schemathesis hooks of the contract stage, loaded through SCHEMATHESIS_HOOKS.

Recording media is uploaded with `PUT /v1/recordings/{recording_id}/media` as `audio/*` or
`video/*` bytes. Schemathesis serializes no such type by itself, so a concrete audio and video
type reuse its serializer of raw bytes.
"""

import schemathesis

schemathesis.serializer.alias(["audio/wav", "video/mp4"], "application/octet-stream")
