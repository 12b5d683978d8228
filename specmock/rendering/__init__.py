"""Rendering: ``template`` (mock.yaml's ``${...}`` references and ``$generator`` values), ``examples`` (a
schema-valid body for an operation mock.yaml does not bind), ``responses`` (the bytes sent, and cached answers)."""
