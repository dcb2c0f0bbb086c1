"""What the files mean, pure: the models, deadlines, periods, lifecycle, statements."""
