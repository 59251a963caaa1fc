"""Serving coding agents: the MCP server (server.py), its search (search.py) and answers (knowledge.py)."""
