"""Reply rendering: template specs, typed variables, the sandboxed Jinja2 environment and Babel filters."""
