"""The PDF packet and the coach summary (reportlab). No Qt."""
