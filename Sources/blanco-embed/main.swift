import BlancoCore

print("blanco-embed: being written")
