"""The Qt desktop shell: a thin layer of views over the pure-Python core. Qt is imported only here."""
