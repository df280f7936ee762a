# Helper package for module_package_import (not a case: the folder starts with "_").
from . import util
NAME = "pkg"
