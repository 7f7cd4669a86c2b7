"""The clinic side: cases shared with a clinic, its work queue, case file, staff and notes."""
