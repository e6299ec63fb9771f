// Package verification benchmark (not part of ctest; `cmake --build build --target bench_verify`).
//   build/tests/bin/bench_verify [ROUNDS] [FILE.zip]
// Without a file: a package of realistic size built with PackageFixture — 200 payload files,
// about 20 MB inflated: PDFs of mixed text and random bytes (compressing about 2:1, as PDFs
// with embedded fonts do) and xlsx-like random data (incompressible) — written to a temporary
// file. Prints the ZIP's size and how long PackageVerifier::verify takes (first and best of
// ROUNDS (5), wall clock, from the file). The target: verify in at most 1 s.
#include "package/PackageVerifier.h"

#include "PackageFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = std::max(1, args.value(1, QStringLiteral("5")).toInt());
    QTemporaryDir dir;
    QString path = args.value(2);
    if (path.isEmpty()) {
        test::PackageFixture f = test::PackageFixture::sample();
        QRandomGenerator random(20251220);
        const auto randomBytes = [&](qsizetype n) {
            QByteArray b(n, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
            return b;
        };
        const QByteArray text = QByteArray("BT /F1 12 Tf 72 712 Td (学会年度工作报告 annual report line) Tj ET\n").repeated(40);
        for (int i = 0; i < 200; ++i) {
            const qsizetype size = 60 * 1024 + (i % 10) * 8 * 1024; // 60–132 KB, ~100 KB average
            if (i % 2 == 0) {
                QByteArray pdf = "%PDF-1.4\n";
                while (pdf.size() < size)
                    pdf += text + randomBytes(text.size());
                f.data.insert(QStringLiteral("minutes/%1.pdf").arg(i), pdf.left(size));
            } else {
                f.data.insert(QStringLiteral("regulations/%1-file.xlsx").arg(i), "PK\x03\x04" + randomBytes(size - 4));
            }
        }
        path = dir.filePath(QStringLiteral("bench.zip"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.build()) < 0)
            return 2;
    }

    qint64 first = -1;
    qint64 best = std::numeric_limits<qint64>::max();
    package::VerifyReport report;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        package::PackageVerifier verifier;
        report = verifier.verify(path);
        const qint64 ms = timer.elapsed();
        if (first < 0)
            first = ms;
        best = std::min(best, ms);
    }
    if (!report.ok) {
        std::fprintf(stderr, "invalid: %s\n", qPrintable(report.describe()));
        return 1;
    }
    qint64 payload = 0;
    for (const package::PayloadFile &pf : report.files)
        payload += pf.size;
    std::printf("package: %lld bytes zipped, %lld bytes payload in %lld files\n", QFile(path).size(),
        payload, qint64(report.files.size()));
    std::printf("verify: first %lld ms, best %lld ms of %d (target ≤ 1000 ms)\n", first, best, rounds);
    return 0;
}
