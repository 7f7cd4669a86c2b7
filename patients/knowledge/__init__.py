"""Reference knowledge and rules as plain Python data: no ORM, a source on every entry."""
