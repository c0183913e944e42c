// The build step that knows the commit passes it as a C define: SwiftPM has no other way
// to hand a value from the build into the program without a build plugin.
#include "BlancoBuildInfo.h"

#ifndef BLANCO_COMMIT
#define BLANCO_COMMIT ""
#endif

const char *blanco_build_commit(void) { return BLANCO_COMMIT; }
