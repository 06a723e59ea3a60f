"""Tests of triangulate.actors."""
