"""The commands: ``kit analyze``, ``kit report``, ``kit corpus``, ``kit student-edition`` (see
:mod:`kit.run.cli`)."""
