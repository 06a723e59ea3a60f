"""Tests of triangulate.crossdoc."""
