import { hostname } from 'node:os';
import { podName } from './run-main';

describe('podName', () => {
  it('is HOSTNAME when it is set, as Kubernetes sets it to the pod name', () => {
    expect(podName({ HOSTNAME: 'ptpu-processor-7d9f-abcde' })).toBe('ptpu-processor-7d9f-abcde');
  });

  it('is the host name when HOSTNAME is unset or empty', () => {
    expect(podName({})).toBe(hostname());
    expect(podName({ HOSTNAME: '' })).toBe(hostname());
  });
});
