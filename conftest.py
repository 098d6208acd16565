# Doctests run over kit/ too (pyproject: --doctest-modules); importing kit/__main__.py would run the CLI.
collect_ignore = ["kit/__main__.py"]
