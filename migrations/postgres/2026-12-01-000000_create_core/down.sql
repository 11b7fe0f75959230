DROP TABLE queue_members;
DROP TABLE agents;
DROP TABLE queues;
DROP TABLE tenants;
