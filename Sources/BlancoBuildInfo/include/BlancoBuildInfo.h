#ifndef BLANCO_BUILD_INFO_H
#define BLANCO_BUILD_INFO_H

/// The commit `blanco` was built from, as given at build time with
/// `-Xcc -DBLANCO_COMMIT=\"$(git rev-parse --short HEAD)\"`; empty when not given.
const char *blanco_build_commit(void);

#endif
