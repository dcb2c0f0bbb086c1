"""JSON Schema generation for editors; its words live in i18n."""
