"""Font fallback shared by the screens and printed badges (issue 12); no other imports,
so the badge printer can use it without importing the app."""

# Tried in order for every letter the UI font lacks, so attendee names in any script show
# real glyphs instead of boxes: Noto (Debian: fonts-noto-core, fonts-noto-cjk) first, then
# what Windows and macOS ship. Families that are not installed are skipped by Qt.
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK TC",
    "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari",
    "Noto Sans Thai", "DejaVu Sans",
    "Segoe UI", "Microsoft YaHei", "Yu Gothic", "Malgun Gothic", "Tahoma",
    "PingFang SC", "Hiragino Sans", "Apple SD Gothic Neo", "Geeza Pro",
)
