#!/bin/bash
# Checks LoRA training on a real NVIDIA GPU through the GPU host's own `train` command, on a machine that has
# CUDA, PyTorch and a compiler but no .NET and no network (the way GPU capacity is often lent for a short check).
#
#   gpu-host/gpu-check.sh prepare TORCHSHARP_SRC   # here: builds the payload in .gpu-check/ (about 41 MB)
#   gpu-host/gpu-check.sh run                      # there, from the repository root, with .gpu-check/ copied along
#   gpu-host/gpu-check.sh memory                   # there: only the 378M runs, for peak GPU memory and tokens/s
#   gpu-host/gpu-check.sh prepare-inference LLAMA_SRC  # here: payload for inference in .gpu-check/inference/
#   gpu-host/gpu-check.sh inference                # there: llama.cpp's CUDA build under the host's chat API
#   gpu-host/gpu-check.sh prepare-masking          # here: the masking benchmark and a .NET runtime (about 31 MB)
#   gpu-host/gpu-check.sh masking                  # there: masking throughput and peak memory on a many-core server
#
# TORCHSHARP_SRC is a checkout of dotnet/TorchSharp at the release the build references (0.107.0). Its native shim,
# LibTorchSharp, is compiled on the GPU machine against that machine's PyTorch libtorch (CUDA): the CUDA libtorch
# NuGet packages are several GB and cannot travel. The production image does not do this; it restores
# TorchSharp-cuda-linux (gpu-host/Dockerfile, -p:GpuBackend=cuda).
#
# What `run` does: the same tiny-model run on CUDA and on the CPU (the losses must agree), a 24M-parameter model on
# CUDA (float32 and bfloat16 base weights) and on 16 CPU threads (tokens/s of each), DP-SGD on CUDA, and a
# 378M-parameter model on CUDA with float32 and bfloat16 base weights (tokens/s, peak GPU memory). Full logs go to
# $OUT/train.log (or /tmp).
#
# What `inference` does: compiles llama.cpp (the source tree LLAMA_SRC, at the ABI LLamaSharp 0.30 binds, see
# gpu-host/GpuHost/README.md) with CUDA for this GPU, puts it where LLamaSharp loads its native library from, and runs
# the inference benchmark (tests/Benchmarks: the host's HTTP API and a bare LLamaSharp loop, same tokens checked) with
# every layer on the GPU and with none, for the 24M and ~100M models: tokens/s on each, and the same completion on both.
# LLAMA_SRC: llama.cpp b10068 (`git clone` the bundle llama/gitRelease.bundle of the npm package node-llama-cpp@3.19.1)
# with gpu-host/llama-cpp-abi-815a2a5.patch applied (`patch -p1`): LLamaSharp.Backend.Cuda12 is not served here.
#
# What `masking` does (no GPU used; the lent machine is simply the largest server part available): the 200 MB masking
# benchmark on 2, 4, 8 and all cores (taskset), with the masking hosts' fixed generation-0 budget (16 MiB, which the
# benchmark sets itself), then on 2 and all cores with the runtime's own estimate (DOTNET_GCgen0size=0) and with a heap
# limit. On a 16-core Xeon with a 300 MB L3 the runtime's estimate gave a peak working set of 318-334 MB at every core
# count (186-190 MB on the 2-core build machine), see docs/masking-performance.md, rounds 24 and 32.
set -u -o pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PAYLOAD=$ROOT/.gpu-check

# The CPU libtorch (about 480 MB) stays behind: the GPU machine's own libtorch is used, or none (inference).
strip_libtorch() {
    (cd "$1" && rm -f libtorch*.so libc10.so libgomp*.so* libshm.so libLibTorchSharp.so ./*_test.so \
        libbackend_with_compiler.so libaoti_custom_ops.so libnnapi_backend.so && rm -rf runtimes/linux-x64/native/noavx runtimes/linux-x64/native/avx)
}

# The .NET runtime (no SDK): the GPU machine has none.
pack_dotnet() {
    local dotnet_root framework aspnet
    dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
    framework=$(ls -d "$dotnet_root"/shared/Microsoft.NETCore.App/10.* | sort -V | tail -1)
    aspnet=$(ls -d "$dotnet_root"/shared/Microsoft.AspNetCore.App/10.* | sort -V | tail -1)
    tar cf - -C "$dotnet_root" dotnet host "${framework#"$dotnet_root"/}" "${aspnet#"$dotnet_root"/}" | xz -T0 > "$1"
}

prepare() {
    local native=$1/src/Native
    [[ -f $native/LibTorchSharp/THSTorch.cpp ]] || { echo "error: $native/LibTorchSharp not found" >&2; exit 2; }
    rm -rf "$PAYLOAD" && mkdir -p "$PAYLOAD"
    local work
    work=$(mktemp -d)
    dotnet publish "$ROOT/gpu-host/GpuHost/GpuHost.csproj" -c Release -o "$work/app" --self-contained false || exit 1
    strip_libtorch "$work/app"
    tar cf - -C "$work" app | xz -T0 > "$PAYLOAD/app.tar.xz"
    pack_dotnet "$PAYLOAD/dotnet.tar.xz"
    tar cf - -C "$native/.." Native/LibTorchSharp Native/Stdafx.h Native/UnixSal.h | xz > "$PAYLOAD/native.tar.xz"
    rm -rf "$work"
    du -sh "$PAYLOAD"
}

run() {
    local w=/tmp/gpu-check
    rm -rf $w && mkdir -p $w && cd $w || exit 1
    log() { echo "[$(date +%T) +${SECONDS}s] $*"; }
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
    tar xJf "$PAYLOAD/native.tar.xz" & tar xJf "$PAYLOAD/app.tar.xz" & (mkdir dotnet && tar xJf "$PAYLOAD/dotnet.tar.xz" -C dotnet) &
    wait
    local tl ti abi
    tl=$(python3 -c 'import torch,os;print(os.path.join(os.path.dirname(torch.__file__),"lib"))')
    ti=$(dirname "$tl")/include
    abi=$(python3 -c 'import torch;print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')
    python3 -c 'import torch;print("torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.is_available())'
    log "compiling LibTorchSharp against this machine's libtorch"
    mkdir -p obj
    export TI=$ti ABI=$abi
    # shellcheck disable=SC2016
    ls Native/LibTorchSharp/*.cpp Native/LibTorchSharp/*.c | xargs -P"$(nproc)" -I{} bash -c 'f={}; b=$(basename $f)
        if [[ $f == *.c ]]; then gcc -O2 -fPIC -w -c $f -o obj/$b.o
        else g++ -O2 -fPIC -std=c++17 -w -D_GLIBCXX_USE_CXX11_ABI=$ABI -I$TI -I$TI/torch/csrc/api/include -c $f -o obj/$b.o; fi'
    g++ -shared -o app/libLibTorchSharp.so obj/*.o -L"$tl" -ltorch -ltorch_cpu -lc10 -Wl,-rpath,"$tl" || { log "link failed"; exit 1; }
    export DOTNET_ROOT=$w/dotnet PATH=$w/dotnet:$PATH LD_LIBRARY_PATH=$tl DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    local g="dotnet app/GpuHost.dll"
    $g create-tiny-model --out tiny.gguf && $g create-tiny-model --out small.gguf --size small && $g create-tiny-model --out medium.gguf --size medium || exit 1
    for _ in $(seq 1 200); do cat "$ROOT/gpu-host/GpuHost/Samples/train.jsonl"; done > train4800.jsonl
    head -n 480 train4800.jsonl > train480.jsonl
    local eval=$ROOT/gpu-host/GpuHost/Samples/eval.jsonl
    summary() { tee -a "${OUT:-/tmp}/train.log" | grep -v -E "^step [0-9]|^starting|^[┌├└]|: [0-9]+%$"; }
    # Peak GPU memory of one run: nvidia-smi sampled every 100 ms while it trains.
    watched() { nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 100 > mem.log & local poller=$!
        "$@" 2>&1 | summary; kill $poller; echo "peak GPU memory: $(sort -n mem.log | tail -1) MiB"; }
    if [[ ${1:-} == memory ]]; then
        # Under the GPU image's allocator setting: f32 and bf16 base weights, activations kept and recomputed.
        export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True
        for w in f32 bf16; do
            for recompute in "" --recompute-activations; do
                log "378M model on CUDA, $w base weights ${recompute:-(activations kept)}"
                watched $g train --base medium.gguf --train train480.jsonl --out m-$w.gguf --batch-size 16 --seed 7 --base-weights $w $recompute
            done
        done
        log done
        return
    fi
    log "1. tiny model on CUDA";  $g train --base tiny.gguf --train train480.jsonl --eval "$eval" --out t-gpu.gguf --batch-size 8 --seed 7 2>&1 | summary
    log "2. the same on the CPU"; CUDA_VISIBLE_DEVICES= $g train --base tiny.gguf --train train480.jsonl --eval "$eval" --out t-cpu.gguf --batch-size 8 --seed 7 --threads 16 2>&1 | summary
    log "3. 24M model on CUDA";   $g train --base small.gguf --train train4800.jsonl --eval "$eval" --out s-gpu.gguf --batch-size 16 --seed 7 --eval-every 100 2>&1 | summary
    log "3b. the same, bfloat16 base weights"; $g train --base small.gguf --train train4800.jsonl --eval "$eval" --out s-bf16.gguf --batch-size 16 --seed 7 --eval-every 100 --base-weights bf16 2>&1 | summary
    log "4. 24M model, 16 CPU threads (throughput only)"; CUDA_VISIBLE_DEVICES= $g train --base small.gguf --train train480.jsonl --out s-cpu.gguf --batch-size 16 --seed 7 --threads 16 2>&1 | summary
    log "5. 24M model on CUDA, DP-SGD σ = 1"; $g train --base small.gguf --train train4800.jsonl --eval "$eval" --out s-dp.gguf --batch-size 16 --seed 7 --eval-every 100 --dp-noise-multiplier 1.0 2>&1 | summary
    log "6. 378M model on CUDA, float32 base weights"; watched $g train --base medium.gguf --train train480.jsonl --eval "$eval" --out m-f32.gguf --batch-size 16 --seed 7 --eval-every 15
    log "7. the same, bfloat16 base weights"; watched $g train --base medium.gguf --train train480.jsonl --eval "$eval" --out m-bf16.gguf --batch-size 16 --seed 7 --eval-every 15 --base-weights bf16
    log done
}

prepare_inference() {
    local src=$1 dir=$PAYLOAD/inference
    [[ -f $src/include/llama.h && -d $src/ggml/src/ggml-cuda ]] || { echo "error: $src is not a llama.cpp tree with ggml-cuda" >&2; exit 2; }
    grep -q LLAMA_LOAD_MODE_MMAP_MLOCK "$src/include/llama.h" || { echo "error: $src lacks gpu-host/llama-cpp-abi-815a2a5.patch" >&2; exit 2; }
    rm -rf "$dir" && mkdir -p "$dir"
    local work
    work=$(mktemp -d)
    dotnet publish "$ROOT/gpu-host/GpuHost/GpuHost.csproj" -c Release -o "$work/app" --self-contained false || exit 1
    dotnet publish "$ROOT/tests/Benchmarks/Benchmarks.csproj" -c Release -o "$work/bench" --self-contained false || exit 1
    strip_libtorch "$work/app" && strip_libtorch "$work/bench"
    tar cf - -C "$work" app bench | xz -T0 > "$dir/apps.tar.xz"
    pack_dotnet "$dir/dotnet.tar.xz"
    tar cf - -C "$src" --transform 's,^\.,llama.cpp,' . | xz -T0 > "$dir/llama.tar.xz"
    rm -rf "$work"
    du -sh "$dir"
}

inference() {
    local w=/tmp/gpu-check-inference dir=$PAYLOAD/inference out=${OUT:-/tmp}
    rm -rf $w && mkdir -p $w && cd $w || exit 1
    log() { echo "[$(date +%T) +${SECONDS}s] $*"; }
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
    nvcc --version | tail -2
    tar xJf "$dir/llama.tar.xz" & tar xJf "$dir/apps.tar.xz" & (mkdir dotnet && tar xJf "$dir/dotnet.tar.xz" -C dotnet) &
    wait
    log "compiling llama.cpp with CUDA (sm_90) on $(nproc) cores"
    cmake -S llama.cpp -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DGGML_CUDA=ON \
        -DCMAKE_CUDA_ARCHITECTURES=90 -DGGML_NATIVE=ON -DLLAMA_BUILD_COMMON=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_TOOLS=OFF \
        -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_MTMD=OFF -DLLAMA_CURL=OFF \
        -DLLAMA_OPENSSL=OFF > "$out/cmake.log" 2>&1 || { tail -30 "$out/cmake.log"; exit 1; }
    cmake --build build --target llama -j"$(nproc)" > "$out/build.log" 2>&1 || { grep -m5 -B2 -A8 "error" "$out/build.log"; exit 1; }
    log "built: $(cd build/bin && ls -s --block-size=M ./*.so | tr '\n' ' ')"
    # LLamaSharp loads libllama.so from the folder for this CPU's instruction set; every folder gets this build.
    local lib variant
    for variant in app/runtimes/linux-x64/native/* bench/runtimes/linux-x64/native/*; do
        for lib in build/bin/*.so; do ln -sf "$w/$lib" "$variant/$(basename "$lib")"; done
    done
    export DOTNET_ROOT=$w/dotnet PATH=$w/dotnet:$PATH LD_LIBRARY_PATH=$w/build/bin DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    local b="dotnet bench/Benchmarks.dll inference --host-dll app/GpuHost.dll --sessions 1 --rounds 3"
    watched() { nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 100 > mem.log & local poller=$!
        "$@" 2>&1 | tee -a "$out/inference.log" | grep -v "^  round"; kill $poller; echo "peak GPU memory: $(sort -n mem.log | tail -1) MiB"; }
    for size in small 100m; do
        log "$size model, every layer on the GPU"; watched $b --size $size --gpu-layers 999 --threads 4
        # No visible GPU, or llama.cpp would still offload large batches' matrix products to it (op_offload).
        log "$size model, CPU only, $(( $(nproc) - 1 )) threads"; CUDA_VISIBLE_DEVICES= $b --size $size --gpu-layers 0 --threads $(( $(nproc) - 1 )) 2>&1 | tee -a "$out/inference.log" | grep -v "^  round"
    done
    log done
}

prepare_masking() {
    local dir=$PAYLOAD/masking work
    rm -rf "$dir" && mkdir -p "$dir"
    work=$(mktemp -d)
    dotnet publish "$ROOT/tests/Benchmarks/Benchmarks.csproj" -c Release -o "$work/bench" --self-contained false || exit 1
    strip_libtorch "$work/bench"
    tar cf - -C "$work" bench | xz -T0 > "$dir/bench.tar.xz"
    pack_dotnet "$dir/dotnet.tar.xz"
    rm -rf "$work"
    du -sh "$dir"
}

masking() {
    local w=/tmp/gpu-check-masking dir=$PAYLOAD/masking out=${OUT:-/tmp}
    rm -rf $w && mkdir -p $w/dotnet && cd $w || exit 1
    log() { echo "[$(date +%T) +${SECONDS}s] $*"; }
    lscpu | grep -E 'Model name|^CPU\(s\)|L3'
    tar xJf "$dir/bench.tar.xz" & tar xJf "$dir/dotnet.tar.xz" -C dotnet & wait
    export DOTNET_ROOT=$w/dotnet PATH=$w/dotnet:$PATH DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    local n
    n=$(nproc)
    bench() { local cores=$1; shift; log "$cores cores ${*:-(runtime defaults)}"
        env "$@" taskset -c 0-$((cores - 1)) dotnet bench/Benchmarks.dll masking --megabytes "${MEGABYTES:-200}" 2>&1 | tee -a "$out/masking.log" | grep -v '^masking  *[0-9]\|^runtime'; }
    for cores in 2 4 8 "$n"; do (( cores <= n )) && bench "$cores"; done
    for cores in 2 "$n"; do
        bench "$cores" DOTNET_GCgen0size=0
        bench "$cores" DOTNET_GCHeapHardLimit=0x40000000
    done
    log done
}

case "${1:-}" in
    prepare) prepare "${2:?TORCHSHARP_SRC}" ;;
    run) run ;;
    memory) run memory ;;
    prepare-inference) prepare_inference "${2:?LLAMA_SRC}" ;;
    inference) inference ;;
    prepare-masking) prepare_masking ;;
    masking) masking ;;
    *) echo "usage: $0 prepare TORCHSHARP_SRC | run | memory | prepare-inference LLAMA_SRC | inference | prepare-masking | masking" >&2; exit 2 ;;
esac
