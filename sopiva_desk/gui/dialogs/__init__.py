"""GUI dialogs."""
