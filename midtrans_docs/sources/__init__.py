"""What writers edit, read without building: pages and their front matter, fenced code,
`--8<--` snippet includes, mkdocs.yml (nav, the outline), data/facts.yml, redirects.tsv."""
