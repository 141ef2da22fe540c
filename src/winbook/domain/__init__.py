"""The plan as plain data and the calculators over it. No Qt, no file formats."""
