#include "exchange/MinizipDevice.h"

#include <QIODevice>

namespace sd::exchange {

namespace {

voidpf openDevice(voidpf, const void *path, int)
{
    return const_cast<void *>(path);
}

uLong readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong writeDevice(voidpf, voidpf stream, const void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->write(static_cast<const char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong refuseWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    if (offset > ZPOS64_T(device->size()) || base + qint64(offset) > device->size())
        return -1;
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int closeDevice(voidpf, voidpf)
{
    return 0; // the caller owns the device
}

int errorDevice(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def deviceFileFunctions(bool writable)
{
    zlib_filefunc64_def functions {};
    functions.zopen64_file = &openDevice;
    functions.zread_file = &readDevice;
    functions.zwrite_file = writable ? &writeDevice : &refuseWrite;
    functions.ztell64_file = &tellDevice;
    functions.zseek64_file = &seekDevice;
    functions.zclose_file = &closeDevice;
    functions.zerror_file = &errorDevice;
    return functions;
}

} // namespace sd::exchange
