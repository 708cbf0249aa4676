"""Text handling: reading files in any of the encodings Chinese papers use, and page splitting."""
