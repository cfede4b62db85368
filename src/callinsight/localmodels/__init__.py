"""Local models: installed offline from PyPI packages into ``models/``, resolved and loaded lazily."""
