#pragma once

#include <ioapi.h>

namespace sd::exchange {

/// minizip's file functions over a QIODevice: pass the device itself as the "path" to
/// unzOpen2_64 / zipOpen2_64. The caller owns the device (closing the archive leaves it open);
/// seeks outside the device's data are refused, so a damaged directory cannot send the reader
/// there. `writable`: writes go to the device (the ZIP writer); otherwise they fail (the reader).
[[nodiscard]] zlib_filefunc64_def deviceFileFunctions(bool writable);

} // namespace sd::exchange
