# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR set to it.
# CPACK_PACKAGING_INSTALL_PREFIX (/usr) is for the Debian package; the source archive keeps
# the source tree's own layout.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGING_INSTALL_PREFIX)
endif()
