"""Letters, part one: gather. One context builder per letter kind, plain JSON-safe data out,
no HTML. Templates under templates/appeals/letters/ compose them; appeals/pdf.py renders them;
appeals/kinds.py names each kind with its builder."""
